using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The customers the sales documents already carry: what a new document can suggest when the shop has no customer
/// file (the contacts module's directory, see <see cref="CustomerPicker"/>).
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
}
