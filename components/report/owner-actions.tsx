"use client";

import { useTranslations } from "next-intl";
import { OwnerOnly } from "@/components/owner/owner-context";
import { OwnerLinkPanel } from "@/components/owner/owner-link-panel";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { DeleteResult } from "./delete-result";
import { DownloadMyData } from "./download-my-data";

/** Retake, download my data and delete: shown only on the device that holds the result's owner key. */
export function OwnerActions({ id }: { id: string }) {
  const t = useTranslations("report.ownerActions");
  return (
    <OwnerOnly>
      {(ownerKey) => (
        <>
          <ButtonLink href="/assessment" variant="primary">
            <Icon name="refresh" className="size-5" />
            {t("retake")}
          </ButtonLink>
          <DownloadMyData id={id} ownerKey={ownerKey} icon={<Icon name="arrowDown" className="size-5" />} />
          <DeleteResult
            id={id}
            ownerKey={ownerKey}
            deleteIcon={<Icon name="trash" className="size-5" />}
            alertIcon={<Icon name="alert" className="mt-0.5 size-4.5 shrink-0" />}
          />
        </>
      )}
    </OwnerOnly>
  );
}

/** The private owner link, for the owner's other devices. */
export function OwnerLinkSection({ id }: { id: string }) {
  return <OwnerOnly>{(ownerKey) => <OwnerLinkPanel id={id} ownerKey={ownerKey} />}</OwnerOnly>;
}
