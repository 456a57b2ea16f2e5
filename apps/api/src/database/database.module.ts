import { Global, Module } from '@nestjs/common';
import { DatabaseAvailability } from './availability';
import { PrismaService } from './prisma.service';
import { UnitOfWork } from './unit-of-work';

@Global()
@Module({
  providers: [DatabaseAvailability, PrismaService, UnitOfWork],
  exports: [DatabaseAvailability, PrismaService, UnitOfWork],
})
export class DatabaseModule {}
