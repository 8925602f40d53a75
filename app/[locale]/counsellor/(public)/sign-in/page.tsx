import { SignInForm } from "@/components/counsellor/sign-in-form";
import { AuthPage, authMetadata, type AuthPageProps } from "../auth-page";

export const generateMetadata = () => authMetadata("signIn");

export default function SignInPage({ searchParams }: AuthPageProps) {
  return <AuthPage kind="signIn" searchParams={searchParams} form={(next) => <SignInForm next={next} />} />;
}
