import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime, UuidProperty } from '../../common/http/openapi-decorators';
import {
  DisplayName,
  EmailAddress,
  IsText,
  MaxChars,
  MinChars,
  Nullable,
  Optional,
  Required,
  Rules,
} from '../../common/validation';

export class Credentials {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'ada@example.com' })
  @Rules(Required(), EmailAddress())
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'correct horse battery staple' })
  @Rules(Required(), IsText(), MinChars(10, 'must be at least 10 characters'), MaxChars(200))
  password!: string;
}

/** A login: the credentials, and the second factor when the account has two-factor sign-in. */
export class LoginRequest extends Credentials {
  @ApiPropertyOptional({
    maxLength: 64,
    example: '123456',
    description:
      'Only for an account with two-factor sign-in: the 6-digit code of its authenticator app, or one of its recovery codes. Without it such a login answers 401 OTP_REQUIRED.',
  })
  @Rules(Optional(), IsText(), MaxChars(64))
  otp?: string;
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
  @ApiProperty({ description: 'Whether two-factor sign-in is on for this account.' }) twoFactor!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 60,
    example: 'Ada Lovelace',
    description:
      'How this person chose to be shown to the people they pay and who pay them; null until they choose one (they are then shown as "Someone", never by their email).',
  })
  displayName!: string | null;
}

/** The caller's own profile: what others see of them. */
export class UpdateProfileRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    minLength: 1,
    maxLength: 60,
    example: 'Ada Lovelace',
    description: 'Trimmed; 1 to 60 characters, no control characters. null removes it.',
  })
  @Rules(Required(), Nullable(), DisplayName(60))
  displayName!: string | null;
}

export class UserResult {
  @ApiProperty({ type: User }) user!: User;
}
