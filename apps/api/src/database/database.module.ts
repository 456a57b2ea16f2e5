import { Global, Module } from '@nestjs/common';
import { DatabaseAvailability } from './availability';
import { PrismaService } from './prisma.service';
import { ReadReplica } from './read-replica';
import { UnitOfWork } from './unit-of-work';

@Global()
@Module({
  providers: [DatabaseAvailability, PrismaService, ReadReplica, UnitOfWork],
  exports: [DatabaseAvailability, PrismaService, ReadReplica, UnitOfWork],
})
export class DatabaseModule {}
