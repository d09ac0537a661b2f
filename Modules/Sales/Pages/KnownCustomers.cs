using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The customer of a new document: a contact of the shop, named through the SDK's <see cref="IAudience"/> (the contacts
/// module owns the data; sales never reads its tables), or a customer the sales documents already carry.
/// </summary>
internal static class KnownCustomers
{
    /// <summary>Customers of earlier documents, for the suggestion list: contacts id and the name printed last.</summary>
    public static Task<IReadOnlyList<CustomerRow>> ListAsync(IShopDb db, CancellationToken ct) =>
        db.QueryAsync<CustomerRow>(
            """
            SELECT customer_id AS Id, MAX(customer_name) AS Name FROM (
                SELECT customer_id, customer_name FROM sales_quotes WHERE shop_id = @shop
                UNION SELECT customer_id, customer_name FROM sales_orders WHERE shop_id = @shop
                UNION SELECT customer_id, customer_name FROM sales_invoices WHERE shop_id = @shop) c
            GROUP BY customer_id ORDER BY MAX(customer_name)
            """,
            new { },
            ct);

    /// <summary>The name to print for contact <paramref name="contactId"/>, or null when the shop has no such contact.</summary>
    public static async Task<string?> NameAsync(IShopDb db, IAudience? audience, long contactId, CancellationToken ct)
    {
        if (audience is not null && await audience.FindAsync(db, contactId, AudienceChannel.Email, ct) is { } member)
        {
            return member.DisplayName;
        }

        return (await ListAsync(db, ct)).FirstOrDefault(c => c.Id == contactId)?.Name;
    }
}
