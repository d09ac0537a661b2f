namespace ModularCrm.Modules.Sales.Pages;

/// <summary>The audit trail's actions (stable codes in <c>sales_audit</c>) in the reader's language; an unknown code is shown as is.</summary>
internal static class AuditActions
{
    private static readonly Dictionary<string, (string French, string English)> Names = new(StringComparer.Ordinal)
    {
        ["created"] = ("créé", "created"),
        ["edited"] = ("modifié", "edited"),
        ["validated"] = ("validé", "validated"),
        ["accepted"] = ("accepté", "accepted"),
        ["refused"] = ("refusé", "refused"),
        ["cancelled"] = ("annulé", "cancelled"),
        ["deleted"] = ("supprimé", "deleted"),
        ["converted_to_order"] = ("transformé en commande", "turned into an order"),
        ["created_from_quote"] = ("créée depuis le devis", "created from the quote"),
        ["created_from_order"] = ("créée depuis la commande", "created from the order"),
        ["created_deposit"] = ("facture d'acompte créée", "deposit invoice created"),
        ["delivered"] = ("livraison", "delivery"),
        ["invoiced"] = ("facturé", "invoiced"),
        ["credited"] = ("avoir", "credited"),
        ["payment"] = ("paiement", "payment"),
        ["reminder"] = ("relance", "reminder"),
        ["sent_by_email"] = ("envoyé par e-mail", "sent by e-mail"),
    };

    public static string Of(SalesView v, string action) => Names.TryGetValue(action, out var name) ? v.T(name.French, name.English) : action;
}
