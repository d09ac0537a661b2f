using System.Globalization;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>What every document page shows: its lines, VAT summary, totals, print links, linked documents and audit trail.</summary>
internal static class DocumentParts
{
    public static string Lines(SalesView v, IReadOnlyList<LineView> lines) =>
        lines.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucune ligne.", "No lines."))}</p>"
            : Table(
                [v.T("N°", "No."), v.T("Désignation", "Description"), v.T("Quantité", "Quantity"), v.T("Prix unitaire HT", "Unit price excl. VAT"), v.T("Remise", "Discount"), v.T("TVA", "VAT"), v.T("Total HT", "Total excl. VAT")],
                lines.Select((l, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), E(l.Description), E(v.Number(l.Quantity)), E(v.Money(l.UnitPriceExclVat)),
                    E(v.Number(l.DiscountPercent) + " %"), E(v.Number(l.VatRate) + " %"), E(v.Money(l.TotalExclVat)),
                ]));

    /// <summary>The VAT summary by rate and the three totals, which always add up (the domain computes them).</summary>
    public static string Totals(SalesView v, IReadOnlyList<VatView> vat, decimal exclVat, decimal vatTotal, decimal inclVat)
    {
        var summary = Table(
            [v.T("Taux de TVA", "VAT rate"), v.T("Base HT", "Base excl. VAT"), v.T("TVA", "VAT")],
            vat.Select(r => (IReadOnlyList<string>)[E(v.Number(r.Rate) + " %"), E(v.Money(r.BaseExclVat)), E(v.Money(r.Vat))]));
        return Section("vat-summary", v.T("Récapitulatif TVA", "VAT summary"), summary) +
            $"<dl class=\"totals\"><dt>{E(v.T("Total HT", "Total excl. VAT"))}</dt><dd class=\"total-excl\">{E(v.Money(exclVat))}</dd>" +
            $"<dt>{E(v.T("Total TVA", "Total VAT"))}</dt><dd class=\"total-vat\">{E(v.Money(vatTotal))}</dd>" +
            $"<dt>{E(v.T("Total TTC", "Total incl. VAT"))}</dt><dd class=\"total-incl\">{E(v.Money(inclVat))}</dd></dl>";
    }

    /// <summary>The status line: number, status, customer, date.</summary>
    public static string Header(SalesView v, string? number, string status, string customer, DateOnly? date) =>
        $"<dl class=\"document-header\"><dt>{E(v.T("Numéro", "Number"))}</dt><dd class=\"document-number\">{E(number ?? v.T("brouillon (numéroté à la validation)", "draft (numbered when validated)"))}</dd>" +
        $"<dt>{E(v.T("Statut", "Status"))}</dt><dd class=\"document-status\">{E(status)}</dd>" +
        $"<dt>{E(v.T("Client", "Customer"))}</dt><dd>{E(customer)}</dd>" +
        $"<dt>{E(v.T("Date", "Date"))}</dt><dd>{E(v.Date(date))}</dd></dl>";

    /// <summary>
    /// "Send by e-mail" for a numbered quote or invoice: the PDF to the customer through the e-mailing module. Shown
    /// whatever the modules; without e-mailing the refusal says so.
    /// </summary>
    public static string SendSection(SalesView v, DocumentKinds kind, Guid id, string? number, ApiOutcome? outcome) =>
        number is null
            ? string.Empty
            : Section("send", v.T("Envoyer au client", "Send to the customer"),
                PageActions.Button(v, $"{v.Base}/{kind.Route}/{id}/send", "send", v.T("Envoyer par e-mail (PDF joint)", "Send by e-mail (PDF attached)"), outcome));

    public static string PrintLinks(SalesView v, DocumentKinds kind, Guid id) =>
        $"<p class=\"print-links\">{Link($"{v.Api}/{kind.Route}/{id}/html", v.T("Version imprimable (HTML)", "Print view (HTML)"))} · {Link($"{v.Api}/{kind.Route}/{id}/pdf", "PDF")}</p>";

    /// <summary>Sources and follow-ups, each a link to its page, then who did what and when.</summary>
    public static async Task<string> TrailAsync(IShopDb db, SalesView v, DocumentKinds kind, Guid id, CancellationToken ct)
    {
        var links = new List<IReadOnlyList<string>>();
        foreach (var link in await DocumentLinks.ForAsync(db, id, ct))
        {
            var other = DocumentKinds.Of(link.Type);
            var number = await db.QueryFirstOrDefaultAsync<string>($"SELECT number FROM {other.Table} WHERE shop_id = @shop AND id = @id", new { id = link.Id }, ct);
            var direction = link.Direction == "source" ? v.T("Origine", "Source") : v.T("Suite", "Follow-up");
            links.Add([E(direction), Link($"{v.Base}/{other.Route}/{link.Id}", $"{other.Name(v)} {number ?? v.T("brouillon", "draft")}")]);
        }

        var audit = (await AuditTrail.ForAsync(db, kind.Type, id, ct)).Select(a => (IReadOnlyList<string>)
        [
            E(DateTimeOffset.TryParse(a.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToLocalTime().ToString("g", v.Culture) : a.At),
            E(AuditActions.Of(v, a.Action)), E(a.UserName), E(a.Detail),
        ]);
        return Section("links", v.T("Documents liés", "Linked documents"), links.Count == 0
                ? $"<p class=\"muted\">{E(v.T("Aucun pour l'instant.", "None yet."))}</p>"
                : Table([v.T("Lien", "Link"), v.T("Document", "Document")], links)) +
            Section("audit", v.T("Historique", "Audit trail"), Table([v.T("Quand", "When"), v.T("Action", "Action"), v.T("Qui", "Who"), v.T("Détail", "Detail")], audit));
    }
}
