import type { Metadata } from "next";
import { CardBrowser } from "@/components/cards/card-browser";
import { CardFiltersSchema } from "@/lib/domain/cards/browse";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { browseCards } from "@/lib/server/data/cards";

export const metadata: Metadata = { title: "Cards" };

export default async function CardsPage({ searchParams }: PageProps<"/cards">) {
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = CardFiltersSchema.parse({ q: one(raw.q) ?? "", kind: one(raw.kind) ?? "any", state: one(raw.state) ?? "any", due: one(raw.due) ?? "any", flag: one(raw.flag) ?? "any" });
  const user = await getViewer();
  const result = await browseCards(db, user.id, filters, new Date());
  return <CardBrowser filters={filters} {...result} />;
}
