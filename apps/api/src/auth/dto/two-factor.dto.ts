import { ApiProperty } from '@nestjs/swagger';
import { IsText, MaxChars, Required, Rules } from '../../common/validation';

export class TwoFactorSetup {
  @ApiProperty({
    description: 'The TOTP secret (base32), for typing into an authenticator app that cannot scan.',
    example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  })
  secret!: string;

  @ApiProperty({
    description: 'The otpauth:// URI an authenticator app takes (what the QR code holds).',
    example: 'otpauth://totp/Wallet:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Wallet',
  })
  otpauthUrl!: string;

  @ApiProperty({
    description: 'The QR code of otpauthUrl, as an SVG image in a data: URL (for an <img src>).',
    example: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci...',
  })
  qr!: string;
}

export class TwoFactorCodeRequest {
  @ApiProperty({
    maxLength: 64,
    example: '123456',
    description: 'The 6-digit code the authenticator app shows now (or, where said, a recovery code).',
  })
  @Rules(Required(), IsText(), MaxChars(64))
  code!: string;
}

export class DisableTwoFactorRequest extends TwoFactorCodeRequest {
  @ApiProperty({ maxLength: 200, example: 'correct horse battery staple' })
  @Rules(Required(), IsText(), MaxChars(200))
  password!: string;
}

export class RecoveryCodes {
  @ApiProperty({
    type: [String],
    minItems: 10,
    maxItems: 10,
    example: [
      '7KQM-3WXN-PZ4R-HV2T',
      'C8FJ-ZL5E-QW3A-M9TD',
      'R2XH-6BNV-KP7S-YG4L',
      'E5TW-9MCA-HZ2Q-UJ8N',
      'L4PD-3VKR-W7XE-B6GS',
      'N9QA-5HJT-Z2MC-F8RY',
      'V3GK-7PLW-D5SB-X2EH',
      'Y6MR-4CQN-J8TU-A3ZP',
      'B7WF-2XDL-S9KE-G5HM',
      'T8JC-6RZA-P4NV-Q3LW',
    ],
    description:
      'Ten one-time recovery codes, shown this once (only their hashes are kept). Each signs in once in place of a code.',
  })
  recoveryCodes!: string[];
}
