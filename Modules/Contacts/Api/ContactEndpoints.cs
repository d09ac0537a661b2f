using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>The contacts API: <c>/api/shops/{shop}/contacts/contacts</c>.</summary>
internal static class ContactEndpoints
{
    private const string Columns =
        "id AS Id, kind AS Kind, company_id AS CompanyId, civility AS Civility, first_name AS FirstName, last_name AS LastName, " +
        "company_name AS CompanyName, email AS Email, phone AS Phone, city AS City, postcode AS Postcode, lifecycle AS Lifecycle, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt";

    public static void Map(IEndpointRouteBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListAsync).WithName("contacts.list");
        contacts.MapGet("/{id:long}", GetAsync).WithName("contacts.get");
        contacts.MapPost("/", CreateAsync).WithName("contacts.create");
        contacts.MapPut("/{id:long}", UpdateAsync).WithName("contacts.update");
        contacts.MapDelete("/{id:long}", DeleteAsync).WithName("contacts.delete");
    }

    private static async Task<IResult> ListAsync(IShopDb db, string? search, string? kind, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var offset = (Math.Max(page ?? 1, 1) - 1) * size;
        var prefix = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant() + "%";
        var sql = db.Dialect.Page(
            $"""
            SELECT {Columns} FROM contacts_contacts
            WHERE shop_id = @shop
              AND (@kind IS NULL OR kind = @kind)
              AND (@prefix IS NULL OR LOWER(last_name) LIKE @prefix OR LOWER(first_name) LIKE @prefix
                   OR LOWER(company_name) LIKE @prefix OR LOWER(email) LIKE @prefix OR phone LIKE @prefix)
            ORDER BY last_name, first_name, company_name, id
            """);
        var rows = await db.QueryAsync<ContactRecord>(sql, new { kind, prefix, offset, limit = size }, ct);
        return Results.Ok(rows);
    }

    private static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct)
    {
        var contact = await FindAsync(db, id, ct);
        return contact is null ? NotFound(id) : Results.Ok(contact);
    }

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ContactInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(db, input, ct);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var contact = await db.InTransactionAsync(
            async tx =>
            {
                var id = await tx.InsertAsync(
                    """
                    INSERT INTO contacts_contacts (shop_id, kind, company_id, civility, first_name, last_name, company_name, email, phone, city, postcode, lifecycle, created_at, updated_at)
                    VALUES (@shop, @kind, @companyId, @civility, @firstName, @lastName, @companyName, @email, @phone, @city, @postcode, @lifecycle, @now, @now)
                    """,
                    Parameters(input, now),
                    ct);
                var created = (await FindAsync(tx, id, ct))!;
                await tx.PublishAsync(ContactCreated.Name, new ContactCreated(id, created.Kind, DisplayName(created), created.Email), ct);
                return created;
            },
            ct);
        return Results.Created($"{contact.Id}", contact);
    }

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, ContactInput input, CancellationToken ct)
    {
        if (await FindAsync(db, id, ct) is null)
        {
            return NotFound(id);
        }

        var errors = await ValidateAsync(db, input, ct);
        if (input.CompanyId == id)
        {
            errors["companyId"] = ["Un contact ne peut pas appartenir à lui-même."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var parameters = Parameters(input, clock.GetUtcNow());
        parameters["id"] = id;
        await db.ExecuteAsync(
            """
            UPDATE contacts_contacts
            SET kind = @kind, company_id = @companyId, civility = @civility, first_name = @firstName, last_name = @lastName,
                company_name = @companyName, email = @email, phone = @phone, city = @city, postcode = @postcode,
                lifecycle = @lifecycle, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            parameters,
            ct);
        return Results.Ok(await FindAsync(db, id, ct));
    }

    private static async Task<IResult> DeleteAsync(IShopDb db, long id, CancellationToken ct)
    {
        var members = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_contacts WHERE shop_id = @shop AND company_id = @id", new { id }, ct);
        if (members > 0)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Suppression impossible",
                detail: $"Cette société a encore {members} personne(s) rattachée(s) : détachez-les d'abord.");
        }

        var deleted = await db.ExecuteAsync("DELETE FROM contacts_contacts WHERE shop_id = @shop AND id = @id", new { id }, ct);
        return deleted == 0 ? NotFound(id) : Results.NoContent();
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(IShopSql db, ContactInput input, CancellationToken ct)
    {
        var errors = ContactValidator.Validate(input);
        if (input.CompanyId is { } companyId && !errors.ContainsKey("companyId"))
        {
            var company = await FindAsync(db, companyId, ct);
            if (company is null || company.Kind != ContactKinds.Company)
            {
                errors["companyId"] = [$"Aucune société n° {companyId} dans cette boutique."];
            }
        }

        return errors;
    }

    private static Task<ContactRecord?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<ContactRecord>($"SELECT {Columns} FROM contacts_contacts WHERE shop_id = @shop AND id = @id", new { id }, ct);

    private static Dictionary<string, object?> Parameters(ContactInput input, DateTimeOffset now) => new()
    {
        ["kind"] = input.Kind ?? ContactKinds.Person,
        ["companyId"] = input.CompanyId,
        ["civility"] = Blank(input.Civility),
        ["firstName"] = Blank(input.FirstName),
        ["lastName"] = Blank(input.LastName),
        ["companyName"] = Blank(input.CompanyName),
        ["email"] = Blank(input.Email)?.ToLowerInvariant(),
        ["phone"] = Blank(input.Phone),
        ["city"] = Blank(input.City),
        ["postcode"] = Blank(input.Postcode),
        ["lifecycle"] = Blank(input.Lifecycle) ?? "prospect",
        ["now"] = now,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string DisplayName(ContactRecord c) =>
        c.Kind == ContactKinds.Company ? c.CompanyName ?? string.Empty : $"{c.FirstName} {c.LastName}".Trim();

    private static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contact introuvable", detail: $"Aucun contact n° {id} dans cette boutique.");
}
