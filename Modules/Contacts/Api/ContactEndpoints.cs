using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>The contacts API: <c>/api/shops/{shop}/contacts/contacts</c>.</summary>
internal static class ContactEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListAsync).WithName("contacts.list");
        contacts.MapGet("/{id:long}", GetAsync).WithName("contacts.get");
        contacts.MapPost("/", CreateAsync).WithName("contacts.create");
        contacts.MapPut("/{id:long}", UpdateAsync).WithName("contacts.update");
        contacts.MapDelete("/{id:long}", DeleteAsync).WithName("contacts.delete");
    }

    /// <summary>Search by prefix of last name, first name, company, e-mail or phone (digits or E.164).</summary>
    private static async Task<IResult> ListAsync(IShopDb db, string? search, string? kind, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var offset = (Math.Max(page ?? 1, 1) - 1) * size;
        return Results.Ok(await ContactStore.SearchAsync(db, search, kind, offset, size, ct));
    }

    /// <summary>"06 12" and "+33612" both find +33612…: a French national prefix becomes its E.164 form.</summary>
    internal static string? PhonePrefix(string? search)
    {
        var digits = new string((search ?? string.Empty).Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.Length < 2 || digits.Length < (search ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Length)
        {
            return null;
        }

        return digits.StartsWith('0') ? "+33" + digits[1..] : digits;
    }

    private static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct)
    {
        var contact = await ContactStore.FindAsync(db, id, ct);
        return contact is null ? NotFound(id) : Results.Ok(contact);
    }

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ContactInput input, CancellationToken ct)
    {
        var (errors, values) = await ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return errors.ToProblem("Contact refusé");
        }

        var saved = await InsertAsync(db, values, input.Tags ?? [], clock.GetUtcNow(), ct);
        return Results.Created($"{saved.Contact.Id}", saved);
    }

    /// <summary>Inserts a validated contact with its tags and publishes <see cref="ContactCreated"/>, in one transaction (API and pages).</summary>
    internal static Task<SavedContact> InsertAsync(IShopDb db, ContactValues values, IReadOnlyList<string> tags, DateTimeOffset now, CancellationToken ct) =>
        db.InTransactionAsync(
            async tx =>
            {
                var duplicates = await ContactStore.DuplicatesOfAsync(tx, values, null, ct);
                var id = await ContactStore.InsertAsync(tx, values, now, ct);
                await ContactStore.SetTagsAsync(tx, id, tags, ct);
                var created = (await ContactStore.FindAsync(tx, id, ct))!;
                await tx.PublishAsync(ContactCreated.Name, new ContactCreated(id, created.Kind, DisplayName(created), created.Email), ct);
                return new SavedContact(created, await ContactStore.TagsAsync(tx, id, ct), duplicates);
            },
            ct);

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, ContactInput input, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return NotFound(id);
        }

        var (errors, values) = await ValidateAsync(db, input, id, ct);
        if (errors.Any)
        {
            return errors.ToProblem("Contact refusé");
        }

        var saved = await db.InTransactionAsync(
            async tx =>
            {
                await ContactStore.UpdateAsync(tx, id, values, clock.GetUtcNow(), ct);
                if (input.Tags is { } tags)
                {
                    await ContactStore.SetTagsAsync(tx, id, tags, ct);
                }

                return new SavedContact(
                    (await ContactStore.FindAsync(tx, id, ct))!,
                    await ContactStore.TagsAsync(tx, id, ct),
                    await ContactStore.DuplicatesOfAsync(tx, values, id, ct));
            },
            ct);
        return Results.Ok(saved);
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

        var purchases = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_purchases WHERE shop_id = @shop AND contact_id = @id", new { id }, ct);
        if (purchases > 0)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Suppression impossible",
                detail: $"Ce contact a {purchases} achat(s) enregistré(s) : utilisez l'effacement (anonymisation) à la place.");
        }

        var deleted = await db.InTransactionAsync(
            async tx =>
            {
                foreach (var table in ContactChildren.Tables)
                {
                    await tx.ExecuteAsync($"DELETE FROM {table} WHERE shop_id = @shop AND contact_id = @id", new { id }, ct);
                }

                return await tx.ExecuteAsync("DELETE FROM contacts_contacts WHERE shop_id = @shop AND id = @id", new { id }, ct);
            },
            ct);
        return deleted == 0 ? NotFound(id) : Results.NoContent();
    }

    internal static async Task<(FormErrors Errors, ContactValues Values)> ValidateAsync(IShopSql db, ContactInput input, long? id, CancellationToken ct)
    {
        var errors = ContactValidator.Validate(input, out var values);
        if (id is not null && input.CompanyId == id)
        {
            errors.Add("companyId", "Un contact ne peut pas appartenir à lui-même.", "contact.own_company");
        }

        if (input.CompanyId is { } companyId && !errors.Has("companyId"))
        {
            var company = await ContactStore.FindAsync(db, companyId, ct);
            if (company is null || company.Kind != ContactKinds.Company)
            {
                errors.Add("companyId", $"Aucune société n° {companyId} dans cette boutique.", "contact.company_unknown", companyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return (errors, values);
    }

    internal static string DisplayName(ContactRecord c) =>
        c.Kind == ContactKinds.Company ? c.CompanyName ?? string.Empty : $"{c.FirstName} {c.LastName}".Trim();

    internal static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contact introuvable", detail: $"Aucun contact n° {id} dans cette boutique.");
}
