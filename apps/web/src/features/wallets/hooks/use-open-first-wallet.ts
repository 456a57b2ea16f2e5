import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';

/**
 * The list was empty and now holds a wallet (the one just created on the empty screen): open it. The
 * creating form cannot, since the new wallet in the cache replaces the empty screen, and the form with it.
 * `newestId` is undefined while loading, null while there is no wallet.
 */
export function useOpenFirstWallet(newestId: string | null | undefined, openId: string | undefined) {
  const navigate = useNavigate();
  const wasEmpty = useRef(false);
  useEffect(() => {
    if (newestId === undefined) return;
    if (newestId === null) wasEmpty.current = true;
    else if (wasEmpty.current) {
      wasEmpty.current = false;
      if (!openId) navigate(paths.wallet.getHref(newestId), { replace: true });
    }
  }, [newestId, openId, navigate]);
}
