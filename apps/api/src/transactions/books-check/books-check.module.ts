import { Module } from '@nestjs/common';
import { BooksCheckService } from './books-check.service';

@Module({ providers: [BooksCheckService], exports: [BooksCheckService] })
export class BooksCheckModule {}
