import { ApiProperty } from '@nestjs/swagger';
import { Uuid } from '../validation';

/** A path naming one wallet, transaction or API key: /…/:id. */
export class IdParam {
  @ApiProperty({ type: String, format: 'uuid', example: '3f0c9c5e-8a54-4c36-9a3f-6d2f4b8a1c10' })
  @Uuid()
  id!: string;
}
