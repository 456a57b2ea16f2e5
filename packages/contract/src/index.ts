/**
 * The API contract for the dashboard: friendly names for the schemas of the API's OpenAPI document.
 * The types themselves are generated (src/openapi.ts, from the API's DTO classes); nothing here is
 * written by hand but the names.
 */
import type { components } from './openapi.js';

export * from './constants.js';
export type { components, operations, paths } from './openapi.js';

type Schemas = components['schemas'];

export type Wallet = Schemas['Wallet'];
export type WalletDetail = Schemas['WalletWithTransactions'];
export type WalletPage = Schemas['WalletPage'];
export type ForeignWallet = Schemas['ForeignWallet'];
export type FundResult = Schemas['FundResult'];
export type TransferResult = Schemas['TransferResult'];
export type Transaction = Schemas['Transaction'];
export type TransactionPage = Schemas['TransactionPage'];
export type CurrencyInfo = Schemas['Currency'];
export type CurrencyList = Schemas['CurrencyList'];
export type Problem = Schemas['Problem'];
export type User = Schemas['User'];
export type UserResult = Schemas['UserResult'];
export type ApiKey = Schemas['ApiKey'];
export type CreatedApiKey = Schemas['CreatedApiKey'];
export type ApiKeyList = Schemas['ApiKeyList'];
export type RotatedApiKey = Schemas['RotatedApiKey'];
export type RotateApiKeyRequest = Schemas['RotateApiKeyRequest'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type CreatedWebhookEndpoint = Schemas['CreatedWebhookEndpoint'];
export type CreateWebhookEndpointRequest = Schemas['CreateWebhookEndpointRequest'];
export type WebhookEndpointPage = Schemas['WebhookEndpointPage'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];
export type AccountLimits = Schemas['AccountLimits'];
export type PeriodLimit = Schemas['PeriodLimit'];
export type Tier = Schemas['Tier'];
export type TierList = Schemas['TierList'];
export type CurrencyLimits = Schemas['CurrencyLimits'];
export type UserTier = Schemas['UserTier'];

export type SessionInfo = Schemas['SessionInfo'];
export type SessionList = Schemas['SessionList'];
export type TwoFactorSetup = Schemas['TwoFactorSetup'];
export type RecoveryCodes = Schemas['RecoveryCodes'];

export type CredentialsRequest = Schemas['Credentials'];
export type LoginRequest = Schemas['LoginRequest'];
export type ChangePasswordRequest = Schemas['ChangePasswordRequest'];
export type UpdateProfileRequest = Schemas['UpdateProfileRequest'];
export type Counterparty = Schemas['Counterparty'];
export type TwoFactorCodeRequest = Schemas['TwoFactorCodeRequest'];
export type DisableTwoFactorRequest = Schemas['DisableTwoFactorRequest'];
export type CreateWalletRequest = Schemas['CreateWalletRequest'];
export type FundRequest = Schemas['FundRequest'];
export type TransferRequest = Schemas['TransferRequest'];
export type CreateApiKeyRequest = Schemas['CreateApiKeyRequest'];
export type UpdateTierRequest = Schemas['UpdateTierRequest'];
export type SetUserTierRequest = Schemas['SetUserTierRequest'];

// Operators: frozen wallets and two-person adjustments.
export type StaffWallet = Schemas['StaffWallet'];
export type FreezeRequest = Schemas['FreezeRequest'];
export type Adjustment = Schemas['Adjustment'];
export type AdjustmentPage = Schemas['AdjustmentPage'];
export type ApprovedAdjustment = Schemas['ApprovedAdjustment'];
export type ProposeAdjustmentRequest = Schemas['ProposeAdjustmentRequest'];
export type RejectAdjustmentRequest = Schemas['RejectAdjustmentRequest'];
