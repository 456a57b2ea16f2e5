import { ApiProperty } from '@nestjs/swagger';
import { DateTime, NullableUuid } from '../../common/http/openapi-decorators';
import { DisplayName, Required, Rules } from '../../common/validation';
import { Wallet } from '../../transactions/dto/wallet-view.dto';

/** A wallet as staff see it: the owner's view, plus who owns it and why and by whom it is frozen. */
export class StaffWallet extends Wallet {
  @NullableUuid('The user who owns it.') ownerId!: string | null;
  @DateTime(true) frozenAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was frozen (staff only).' })
  frozenReason!: string | null;
  @NullableUuid('The staff member who froze it.') frozenBy!: string | null;
}

export class FreezeRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'Account takeover suspected, ticket OPS-2210',
    description: 'Why: kept on the wallet (staff only) and in the audit trail.',
  })
  @Rules(Required(), DisplayName(500))
  reason!: string;
}
