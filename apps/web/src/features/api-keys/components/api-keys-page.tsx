import { ApiKeyList } from './api-key-list';
import { CreateApiKeyCard } from './create-api-key-card';

/** Keys for the person's own software: made here, shown once, revocable at any time. */
export function ApiKeysPage() {
  return (
    <div className="grid gap-6">
      <CreateApiKeyCard />
      <ApiKeyList />
    </div>
  );
}
