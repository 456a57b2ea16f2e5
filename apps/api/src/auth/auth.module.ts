import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, AuthGuard, CredentialCache],
  exports: [AuthService, AuthGuard, CredentialCache],
})
export class AuthModule {}
