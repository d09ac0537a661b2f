using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.CustomFields;

/// <summary>
/// The shop's typed custom fields (<c>/custom-fields</c>) and each contact's values (<c>/contacts/{id}/custom-values</c>).
/// A field's code and type never change once created (stored values would no longer mean the same); deleting a field
/// that holds values needs <c>?withValues=true</c>, so that nobody's data goes without being asked for.
/// </summary>
internal static partial class CustomFieldEndpoints
{
    private const string FieldColumns = "id AS Id, code AS Code, label AS Label, field_type AS Type";

    public static void Map(IEndpointRouteBuilder api)
    {
        var fields = api.MapGroup("/custom-fields").WithTags("Contacts");
        fields.MapGet("/", async (IShopDb db, CancellationToken ct) => Results.Ok(await ListAsync(db, ct))).WithName("contacts.custom_fields.list");
        fields.MapPost("/", CreateAsync).WithName("contacts.custom_fields.create");
        fields.MapPut("/{code}", UpdateAsync).WithName("contacts.custom_fields.update");
        fields.MapDelete("/{code}", DeleteAsync).WithName("contacts.custom_fields.delete");

        var values = api.MapGroup("/contacts/{id:long}/custom-values").WithTags("Contacts");
        values.MapGet("/", GetValuesAsync).WithName("contacts.custom_values.get");
        values.MapPut("/", SetValuesAsync).WithName("contacts.custom_values.set");
    }

    internal static Task<IReadOnlyList<CustomFieldRecord>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<CustomFieldRecord>($"SELECT {FieldColumns} FROM contacts_custom_fields WHERE shop_id = @shop ORDER BY label, code", null, ct);

    private static Task<CustomFieldRecord?> FindAsync(IShopSql db, string code, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CustomFieldRecord>($"SELECT {FieldColumns} FROM contacts_custom_fields WHERE shop_id = @shop AND code = @code", new { code }, ct);

    internal static async Task<IResult> CreateAsync(IShopDb db, CustomFieldInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Code is null || !CodePattern().IsMatch(input.Code))
        {
            errors["code"] = ["Le code est obligatoire : une lettre minuscule puis lettres, chiffres ou _ (50 au plus), ex. « animal_prefere »."];
        }

        CheckLabel(input.Label, errors);
        if (input.Type is null || !CustomFieldTypes.All.Contains(input.Type))
        {
            errors["type"] = [$"Type « {input.Type} » inconnu : {string.Join(", ", CustomFieldTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Champ personnalisé refusé");
        }

        if (await FindAsync(db, input.Code!, ct) is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Champ déjà défini", detail: $"Un champ de code « {input.Code} » existe déjà dans cette boutique.");
        }

        await db.ExecuteAsync(
            "INSERT INTO contacts_custom_fields (shop_id, code, label, field_type) VALUES (@shop, @code, @label, @type)",
            new { code = input.Code, label = input.Label!.Trim(), type = input.Type },
            ct);
        return Results.Created($"custom-fields/{input.Code}", await FindAsync(db, input.Code!, ct));
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, string code, CustomFieldInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        CheckLabel(input.Label, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Champ personnalisé refusé");
        }

        var field = await FindAsync(db, code, ct);
        if (field is null)
        {
            return NotFound(code);
        }

        if ((input.Type is not null && input.Type != field.Type) || (input.Code is not null && input.Code != field.Code))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Champ non modifiable",
                detail: "Le code et le type d'un champ ne changent pas (les valeurs déjà saisies perdraient leur sens) : seul le libellé se modifie. Créez un autre champ au besoin.");
        }

        await db.ExecuteAsync(
            "UPDATE contacts_custom_fields SET label = @label WHERE shop_id = @shop AND code = @code", new { code, label = input.Label!.Trim() }, ct);
        return Results.Ok(await FindAsync(db, code, ct));
    }

    internal static async Task<IResult> DeleteAsync(IShopDb db, string code, bool? withValues, CancellationToken ct)
    {
        var field = await FindAsync(db, code, ct);
        if (field is null)
        {
            return NotFound(code);
        }

        var held = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_custom_values WHERE shop_id = @shop AND field_id = @fieldId", new { fieldId = field.Id }, ct);
        if (held > 0 && withValues != true)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Champ utilisé",
                detail: $"{held} contact(s) ont une valeur pour « {field.Label} » : confirmez avec ?withValues=true pour supprimer le champ et ces valeurs.");
        }

        await db.InTransactionAsync(
            async tx =>
            {
                await tx.ExecuteAsync("DELETE FROM contacts_custom_values WHERE shop_id = @shop AND field_id = @fieldId", new { fieldId = field.Id }, ct);
                return await tx.ExecuteAsync("DELETE FROM contacts_custom_fields WHERE shop_id = @shop AND id = @fieldId", new { fieldId = field.Id }, ct);
            },
            ct);
        return Results.NoContent();
    }

    private static async Task<IResult> GetValuesAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        return Results.Ok(await ValuesAsync(db, id, ct));
    }

    internal static async Task<IResult> SetValuesAsync(IShopDb db, long id, Dictionary<string, JsonElement> input, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        var fields = (await ListAsync(db, ct)).ToDictionary(f => f.Code, StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        var changes = new List<(long FieldId, string? Stored)>();
        foreach (var (code, value) in input)
        {
            if (!fields.TryGetValue(code, out var field))
            {
                errors[code] = [$"Champ « {code} » inconnu dans cette boutique : définissez-le d'abord (/custom-fields)."];
                continue;
            }

            var (stored, error) = CustomFieldTypes.Store(field.Type, value);
            if (error is not null)
            {
                errors[code] = [$"{field.Label} : {error}"];
            }
            else
            {
                changes.Add((field.Id, stored));
            }
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Valeurs refusées");
        }

        await db.InTransactionAsync(async tx => { await WriteAsync(tx, id, changes, ct); return 0; }, ct);
        return Results.Ok(await ValuesAsync(db, id, ct));
    }

    private static async Task WriteAsync(IShopSql tx, long contactId, List<(long FieldId, string? Stored)> changes, CancellationToken ct)
    {
        foreach (var (fieldId, stored) in changes)
        {
            var args = new { contactId, fieldId, value = stored };
            if (stored is null)
            {
                await tx.ExecuteAsync("DELETE FROM contacts_custom_values WHERE shop_id = @shop AND contact_id = @contactId AND field_id = @fieldId", args, ct);
                continue;
            }

            var updated = await tx.ExecuteAsync(
                "UPDATE contacts_custom_values SET value = @value WHERE shop_id = @shop AND contact_id = @contactId AND field_id = @fieldId", args, ct);
            if (updated == 0)
            {
                await tx.ExecuteAsync(
                    "INSERT INTO contacts_custom_values (shop_id, contact_id, field_id, value) VALUES (@shop, @contactId, @fieldId, @value)", args, ct);
            }
        }
    }

    internal static async Task<Dictionary<string, object?>> ValuesAsync(IShopSql db, long contactId, CancellationToken ct)
    {
        var rows = await db.QueryAsync<CustomValueRow>(
            """
            SELECT f.code AS Code, f.field_type AS Type, v.value AS Value
            FROM contacts_custom_values v JOIN contacts_custom_fields f ON f.shop_id = v.shop_id AND f.id = v.field_id
            WHERE v.shop_id = @shop AND v.contact_id = @contactId ORDER BY f.code
            """,
            new { contactId },
            ct);
        return rows.ToDictionary(r => r.Code, r => CustomFieldTypes.Read(r.Type, r.Value), StringComparer.Ordinal);
    }

    private static void CheckLabel(string? label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Trim().Length > 100)
        {
            errors["label"] = ["Le libellé est obligatoire (100 caractères au plus)."];
        }
    }

    private static IResult NotFound(string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Champ introuvable", detail: $"Aucun champ personnalisé « {code} » dans cette boutique.");

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$")]
    private static partial Regex CodePattern();
}
