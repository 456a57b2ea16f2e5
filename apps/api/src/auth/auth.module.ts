import { Global, Module } from '@nestjs/common';
import { SecretsModule } from '../common/secrets/secrets.module';
import { LoginLimits } from '../rate-limit/login-limits';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorRepository } from './two-factor.repository';
import { TwoFactorService } from './two-factor.service';

@Global()
@Module({
  imports: [SecretsModule],
  controllers: [AuthController, TwoFactorController, AccountController],
  providers: [
    AuthRepository,
    AuthService,
    AuthGuard,
    CredentialCache,
    LoginLimits,
    TwoFactorRepository,
    TwoFactorService,
    AccountService,
  ],
  exports: [AuthService, AuthGuard, CredentialCache],
})
export class AuthModule {}
