import { ApiProperty } from '@nestjs/swagger';
import { DateTime, UuidProperty } from '../../common/http/openapi-decorators';
import { IsText, MaxChars, MinChars, Required, Rules } from '../../common/validation';

export class ChangePasswordRequest {
  @ApiProperty({ maxLength: 200, example: 'correct horse battery staple' })
  @Rules(Required(), IsText(), MaxChars(200))
  currentPassword!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'a longer and newer passphrase' })
  @Rules(Required(), IsText(), MinChars(10, 'must be at least 10 characters'), MaxChars(200))
  newPassword!: string;
}

/** A signed-in browser of the caller's (never its token). */
export class SessionInfo {
  @UuidProperty() id!: string;
  @DateTime() createdAt!: string;
  @DateTime() expiresAt!: string;
  @ApiProperty({ description: 'True for the session this request came with.' }) current!: boolean;
}

export class SessionList {
  @ApiProperty({ type: [SessionInfo], description: 'Live sessions (not ended, not expired), newest first.' })
  data!: SessionInfo[];
}
