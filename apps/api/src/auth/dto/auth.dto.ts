import { ApiProperty } from '@nestjs/swagger';
import { DateTime, UuidProperty } from '../../common/http/openapi-decorators';
import { EmailAddress, IsText, MaxChars, MinChars, Required, Rules } from '../../common/validation';

export class Credentials {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'ada@example.com' })
  @Rules(Required(), EmailAddress())
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'correct horse battery staple' })
  @Rules(Required(), IsText(), MinChars(10, 'must be at least 10 characters'), MaxChars(200))
  password!: string;
}

export class User {
  @UuidProperty() id!: string;
  @ApiProperty({ format: 'email', example: 'ada@example.com' }) email!: string;
  @DateTime() createdAt!: string;
  @ApiProperty({
    enum: ['support', 'finance', 'admin'],
    nullable: true,
    description: 'A staff role (the operator console at /ops), or null for everyone else.',
  })
  role!: 'support' | 'finance' | 'admin' | null;
}

export class UserResult {
  @ApiProperty({ type: User }) user!: User;
}
