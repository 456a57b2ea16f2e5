import { Global, Module } from '@nestjs/common';
import { LoginLimits } from '../rate-limit/login-limits';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, AuthGuard, CredentialCache, LoginLimits],
  exports: [AuthService, AuthGuard, CredentialCache],
})
export class AuthModule {}
