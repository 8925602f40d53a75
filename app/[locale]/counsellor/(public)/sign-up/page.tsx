import { SignUpForm } from "@/components/counsellor/sign-up-form";
import { AuthPage, authMetadata, type AuthPageProps } from "../auth-page";

export const generateMetadata = () => authMetadata("signUp");

export default function SignUpPage({ searchParams }: AuthPageProps) {
  return <AuthPage kind="signUp" searchParams={searchParams} form={(next) => <SignUpForm next={next} />} />;
}
