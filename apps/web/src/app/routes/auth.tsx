import { AuthScreen } from '../../features/auth/components/auth-screen';

export function LoginRoute() {
  return <AuthScreen mode="login" />;
}

export function SignupRoute() {
  return <AuthScreen mode="signup" />;
}
