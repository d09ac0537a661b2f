using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The customer of a new document, chosen from the customer file through the SDK's <see cref="IContactDirectory"/>
/// (the contacts module owns the data; sales never reads its tables): a GET search that lists matches, each a link that
/// picks it, so no JavaScript is needed. Without the directory, the customers already met on sales documents.
/// </summary>
internal static class CustomerPicker
{
    private const int Matches = 20;

    /// <summary>The name and postal address to copy onto the document, or null when the shop has no such contact.</summary>
    public static async Task<ContactCard?> FindAsync(IShopDb db, IServiceProvider services, long contactId, CancellationToken ct)
    {
        if (services.GetService<IContactDirectory>() is { } directory)
        {
            return await directory.FindAsync(db, contactId, ct);
        }

        var known = (await KnownCustomers.ListAsync(db, ct)).FirstOrDefault(c => c.Id == contactId);
        return known is null ? null : new ContactCard(known.Id, known.Name, null, null, null, null);
    }

    /// <summary>The search form (GET, its own), its matches, and the chosen customer's card.</summary>
    public static async Task<string> RenderAsync(IShopDb db, IServiceProvider services, SalesView v, string action, string? find, long? chosen, CancellationToken ct)
    {
        var directory = services.GetService<IContactDirectory>();
        var search = directory is null ? string.Empty :
            $"<form class=\"inline-form\" method=\"get\" action=\"{E(action)}\" role=\"search\">" +
            $"<label for=\"find\">{E(v.T("Chercher un client (nom, e-mail, téléphone ou numéro)", "Find a customer (name, e-mail, phone or number)"))}</label>" +
            $"<input id=\"find\" name=\"find\" type=\"search\" value=\"{E(find)}\"><button type=\"submit\">{E(v.T("Chercher", "Search"))}</button></form>";
        var matches = directory is null || string.IsNullOrWhiteSpace(find) ? string.Empty : Results(v, action, await directory.SearchAsync(db, find, Matches, ct));
        var card = chosen is { } id && await FindAsync(db, services, id, ct) is { } contact ? Card(v, contact) : string.Empty;
        return search + matches + card;
    }

    /// <summary>Suggestions for the number field when there is no customer file: customers of earlier documents.</summary>
    public static async Task<string> KnownListAsync(IShopDb db, IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<IContactDirectory>() is not null)
        {
            return string.Empty;
        }

        var known = await KnownCustomers.ListAsync(db, ct);
        return $"<datalist id=\"known-customers\">{string.Concat(known.Select(c => $"<option value=\"{c.Id.ToString(CultureInfo.InvariantCulture)}\">{E(c.Name)}</option>"))}</datalist>";
    }

    private static string Results(SalesView v, string action, IReadOnlyList<ContactCard> found) =>
        found.Count == 0
            ? $"<p class=\"muted\" role=\"status\">{E(v.T("Aucun contact trouvé.", "No contact found."))}</p>"
            : $"<ul class=\"customer-matches\">{string.Concat(found.Select(c =>
                $"<li>{Link($"{action}?customer={c.ContactId.ToString(CultureInfo.InvariantCulture)}", $"{c.DisplayName} (n° {c.ContactId.ToString(CultureInfo.InvariantCulture)})")}" +
                $" <span class=\"muted\">{E(string.Join(" · ", new[] { c.Email, c.PostalAddress?.Replace('\n', ' ') }.Where(s => !string.IsNullOrEmpty(s))))}</span></li>"))}</ul>";

    private static string Card(SalesView v, ContactCard c) =>
        $"<dl class=\"customer-card\"><dt>{E(v.T("Client choisi", "Chosen customer"))}</dt><dd class=\"customer-name\">{E(c.DisplayName)}</dd>" +
        (c.PostalAddress is { } address ? $"<dt>{E(v.T("Adresse", "Address"))}</dt><dd class=\"customer-address\">{string.Join("<br>", address.Split('\n').Select(E))}</dd>" : string.Empty) +
        (c.CustomerNumber is { } number ? $"<dt>{E(v.T("N° client", "Customer no."))}</dt><dd>{E(number)}</dd>" : string.Empty) + "</dl>";
}
