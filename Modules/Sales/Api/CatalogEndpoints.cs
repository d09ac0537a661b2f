using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>The catalog: <c>/api/shops/{shop}/sales/products</c> (products and services).</summary>
internal static class CatalogEndpoints
{
    private const string Columns =
        "id AS Id, kind AS Kind, reference AS Reference, name AS Name, unit_price_excl_vat AS UnitPriceExclVat, vat_rate AS VatRate, active AS Active";

    private static readonly string[] Kinds = ["product", "service"];

    public static void Map(IEndpointRouteBuilder sales)
    {
        var products = sales.MapGroup("/products").WithTags("Sales");
        products.MapGet("/", ListAsync).WithName("sales.products.list");
        products.MapGet("/{id:long}", GetAsync).WithName("sales.products.get");
        products.MapPost("/", CreateAsync).WithName("sales.products.create");
        products.MapPut("/{id:long}", UpdateAsync).WithName("sales.products.update");
        products.MapDelete("/{id:long}", DeleteAsync).WithName("sales.products.delete");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, bool? active, CancellationToken ct)
    {
        var rows = await db.QueryAsync<ProductRecord>(
            $"SELECT {Columns} FROM sales_products WHERE shop_id = @shop AND (@active IS NULL OR active = @active) ORDER BY reference",
            new { active },
            ct);
        return Results.Ok(rows.Select(ProductView.From));
    }

    internal static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } row ? Results.Ok(ProductView.From(row)) : NotFound(id);

    internal static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ProductInput input, CancellationToken ct)
    {
        if (await ValidateAsync(db, input, null, ct) is { } refused)
        {
            return refused;
        }

        var id = await db.InsertAsync(
            """
            INSERT INTO sales_products (shop_id, kind, reference, name, unit_price_excl_vat, vat_rate, active, created_at, updated_at)
            VALUES (@shop, @kind, @reference, @name, @price, @vatRate, @active, @now, @now)
            """,
            Parameters(input, clock.GetUtcNow()),
            ct);
        return Results.Created($"{id}", ProductView.From((await FindAsync(db, id, ct))!));
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, ProductInput input, CancellationToken ct)
    {
        if (await FindAsync(db, id, ct) is null)
        {
            return NotFound(id);
        }

        if (await ValidateAsync(db, input, id, ct) is { } refused)
        {
            return refused;
        }

        var parameters = Parameters(input, clock.GetUtcNow());
        parameters["id"] = id;
        await db.ExecuteAsync(
            """
            UPDATE sales_products SET kind = @kind, reference = @reference, name = @name, unit_price_excl_vat = @price,
                vat_rate = @vatRate, active = @active, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            parameters,
            ct);
        return Results.Ok(ProductView.From((await FindAsync(db, id, ct))!));
    }

    internal static async Task<IResult> DeleteAsync(IShopDb db, long id, CancellationToken ct)
    {
        // Documents keep a copy of each line, so a used product may go; deactivating keeps it out of new documents.
        var used = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM sales_document_lines WHERE shop_id = @shop AND product_id = @id", new { id }, ct);
        if (used > 0)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Suppression impossible",
                detail: $"Ce produit figure sur {used} ligne(s) de documents : désactivez-le plutôt (active = false).");
        }

        var deleted = await db.ExecuteAsync("DELETE FROM sales_products WHERE shop_id = @shop AND id = @id", new { id }, ct);
        return deleted == 0 ? NotFound(id) : Results.NoContent();
    }

    private static async Task<IResult?> ValidateAsync(IShopSql db, ProductInput input, long? id, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not null && !Kinds.Contains(input.Kind))
        {
            errors["kind"] = ["Type inconnu : product ou service."];
        }

        if (string.IsNullOrWhiteSpace(input.Reference) || input.Reference.Trim().Length > 50)
        {
            errors["reference"] = ["Référence obligatoire, 50 caractères au plus."];
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors["name"] = ["Désignation obligatoire, 200 caractères au plus."];
        }

        if (input.UnitPriceExclVat < 0m || input.UnitPriceExclVat > DocumentLine.MaxUnitPrice || !MoneyRounding.HasAtMostDecimals(input.UnitPriceExclVat, 4))
        {
            errors["unitPriceExclVat"] = [$"Prix HT invalide ({input.UnitPriceExclVat}) : positif, 4 décimales au plus."];
        }

        if (!VatRate.All.Any(r => r.Percent == input.VatRate))
        {
            errors["vatRate"] = [$"Taux de TVA inconnu ({input.VatRate} %) : 20, 10, 5,5, 2,1 ou 0."];
        }

        if (!errors.ContainsKey("reference"))
        {
            var taken = await db.QueryFirstOrDefaultAsync<long?>(
                "SELECT id FROM sales_products WHERE shop_id = @shop AND reference = @reference AND (@id IS NULL OR id <> @id)",
                new { reference = input.Reference!.Trim(), id },
                ct);
            if (taken is not null)
            {
                errors["reference"] = [$"La référence {input.Reference.Trim()} est déjà utilisée (produit n° {taken})."];
            }
        }

        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }

    private static Task<ProductRecord?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<ProductRecord>($"SELECT {Columns} FROM sales_products WHERE shop_id = @shop AND id = @id", new { id }, ct);

    private static Dictionary<string, object?> Parameters(ProductInput input, DateTimeOffset now) => new()
    {
        ["kind"] = input.Kind ?? "product",
        ["reference"] = input.Reference!.Trim(),
        ["name"] = input.Name!.Trim(),
        ["price"] = input.UnitPriceExclVat,
        ["vatRate"] = input.VatRate,
        ["active"] = input.Active ?? true,
        ["now"] = now,
    };

    private static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Produit introuvable", detail: $"Aucun produit n° {id} dans cette boutique.");
}
