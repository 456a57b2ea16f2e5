import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

type ScheduledTransfer = components['schemas']['ScheduledTransfer'];
export type ScheduleChange = 'pause' | 'resume' | 'cancel';

const DONE: Record<ScheduleChange, string> = {
  pause: 'Paused: nothing is sent until you resume it',
  resume: 'Resumed',
  cancel: 'Cancelled: nothing more will be sent',
};

/** POST …/pause, POST …/resume, DELETE …: each answers the schedule as it now is. */
export function changeScheduledTransfer({ id, change }: { id: string; change: ScheduleChange }) {
  const path = `/scheduled-transfers/${encodeURIComponent(id)}`;
  return change === 'cancel'
    ? apiRequest<ScheduledTransfer>(path, { method: 'DELETE' })
    : apiRequest<ScheduledTransfer>(`${path}/${change}`, { method: 'POST' });
}

export function useChangeScheduledTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeScheduledTransfer,
    meta: {
      action: 'The change',
      successMessage: (data) => {
        const changed = data as ScheduledTransfer;
        if (changed.status === 'PAUSED') return DONE.pause;
        if (changed.status === 'CANCELLED') return DONE.cancel;
        return changed.status === 'COMPLETED' ? 'It had ended while paused' : DONE.resume;
      },
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.allScheduledTransfers }),
  });
}
