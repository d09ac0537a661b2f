using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>Checks of a document request the domain cannot make (the customer snapshot, a missing list).</summary>
internal static class DocumentInputCheck
{
    public static IResult? Refuse(DocumentInput input)
    {
        if (input.CustomerId <= 0)
        {
            return SalesProblems.Invalid("customerId", "Client obligatoire : l'identifiant d'un contact de la boutique.");
        }

        if (string.IsNullOrWhiteSpace(input.CustomerName))
        {
            return SalesProblems.Invalid("customerName", "Nom du client obligatoire (il est imprimé sur le document).");
        }

        return input.Lines is null ? SalesProblems.Invalid("lines", "Lignes obligatoires (une liste, vide pour un brouillon).") : null;
    }
}
