import type { components } from '@wallet/contract';

/** The operator routes' shapes, named once for the console (generated from the API's DTO classes). */
type Schemas = components['schemas'];
export type StaffUser = Schemas['StaffUser'];
export type UserPage = Schemas['UserPage'];
export type OpsWallet = Schemas['OpsWallet'];
export type OpsApiKey = Schemas['OpsApiKey'];
export type OpsSession = Schemas['OpsSession'];
export type WalletPageForStaff = Schemas['WalletPageForStaff'];
export type TransactionForStaff = Schemas['TransactionForStaff'];
export type AuditEvent = Schemas['AuditEventView'];
export type AuditEventPage = Schemas['AuditEventPage'];
export type SetRoleRequest = Schemas['SetRoleRequest'];
export type BooksCheckRecord = Schemas['BooksCheckRecord'];
export type BooksCheckSummary = Schemas['BooksCheckSummary'];
export type LatestBooksCheckResult = Schemas['LatestBooksCheckResult'];
