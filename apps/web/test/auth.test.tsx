import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, ME, problem, wallet } from './fake-api';
import { openAction, renderApp } from './render-app';

describe('signing in', () => {
  it('shows the login screen to a signed-out person, and the wallets once signed up', async () => {
    const session = { signedIn: false };
    const api = fakeApi(
      [],
      (call) => {
        if (call.path !== '/api/v1/auth/signup') return problem(404, 'NOT_FOUND', 'unexpected');
        session.signedIn = true;
        return json(201, { user: ME });
      },
      session,
    );
    renderApp();
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Create an account' }));
    expect(await screen.findByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Use at least 10 characters')).toBeInTheDocument();
    expect(api.posts()).toHaveLength(0);
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'long enough password');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(api.posts().map((c) => c.path)).toEqual(['/api/v1/auth/signup']));
    await waitFor(() => expect(session.signedIn).toBe(true));
    expect(api.posts()[0]?.body).toEqual({ email: 'ada@example.com', password: 'long enough password' });
    expect(await screen.findByRole('heading', { name: 'Create your first wallet' })).toBeInTheDocument();
  });

  it('asks for the two-factor code when the API answers OTP_REQUIRED, without an error toast, then signs in', async () => {
    const session = { signedIn: false };
    const api = fakeApi(
      [],
      (call) => {
        const body = call.body as { otp?: string };
        if (call.path !== '/api/v1/auth/login') return problem(404, 'NOT_FOUND', 'unexpected');
        if (body.otp === undefined) return problem(401, 'OTP_REQUIRED', 'Send the code as otp.');
        if (body.otp !== '123456') return problem(401, 'UNAUTHENTICATED', 'The code is not right.');
        session.signedIn = true;
        return json(200, { user: { ...ME, twoFactor: true } });
      },
      session,
    );
    renderApp();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'long enough password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const code = await screen.findByLabelText('Two-factor code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.queryByText('Logging in failed')).not.toBeInTheDocument();

    await user.type(code, '999999');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(/That code is not right/)).toBeInTheDocument();
    expect(session.signedIn).toBe(false);

    await user.type(screen.getByLabelText('Two-factor code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(session.signedIn).toBe(true));
    expect(api.posts().map((c) => (c.body as { otp?: string }).otp)).toEqual([undefined, '999999', '123456']);
    expect(await screen.findByRole('heading', { name: 'Create your first wallet' })).toBeInTheDocument();
  });

  it('sends the CSRF token from its cookie with every change', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the CSRF cookie
    document.cookie = 'wallet_csrf=token-from-cookie; path=/';
    const w = wallet({ balance: 1 });
    const api = fakeApi([w], () => problem(422, 'BALANCE_LIMIT_EXCEEDED', 'No.'));
    renderApp();
    const user = userEvent.setup();
    const add = await openAction(user, 'Add money');
    await user.type(within(add).getByLabelText('Amount to add (USD)'), '1');
    await user.click(within(add).getByRole('button', { name: 'Add money' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]?.headers['X-CSRF-Token']).toBe('token-from-cookie');
    // biome-ignore lint/suspicious/noDocumentCookie: and clearing it again
    document.cookie = 'wallet_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it("asks for confirmation before paying someone else's wallet, and sends nothing if cancelled", async () => {
    const w = wallet({ name: 'Main', balance: 20 });
    const api = fakeApi([w], () => problem(500, 'INTERNAL', 'unexpected'));
    renderApp();
    const user = userEvent.setup();
    await openAction(user, 'Send');
    await user.type(screen.getByLabelText('Amount to send (USD)'), '5');
    await user.type(screen.getByLabelText('Their wallet ID'), 'not an id');
    await user.click(screen.getByRole('button', { name: 'Review and send' }));
    expect(await screen.findByText(/Paste the wallet ID/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Their wallet ID'));
    await user.type(screen.getByLabelText('Their wallet ID'), '22222222-2222-4222-8222-222222222222');
    await user.click(screen.getByRole('button', { name: 'Review and send' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('22222222-2222-4222-8222-222222222222');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.posts()).toHaveLength(0);
  });
});
