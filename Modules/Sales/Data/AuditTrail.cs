using System.Security.Claims;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Writes who did what to which document, in the transaction that did it.</summary>
internal static class AuditTrail
{
    public static Task WriteAsync(IShopTransaction tx, string documentType, Guid documentId, string action, ClaimsPrincipal user, string? detail, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            """
            INSERT INTO sales_audit (shop_id, document_type, document_id, action, user_name, detail, at)
            VALUES (@shop, @documentType, @documentId, @action, @userName, @detail, @now)
            """,
            new
            {
                documentType,
                documentId = documentId.ToString(),
                action,
                userName = Who(user),
                detail,
                now,
            },
            ct);

    /// <summary>Who acts: the account's email (unique, unlike the display name), else its name.</summary>
    public static string? Who(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    /// <summary>The trail of one document, oldest first.</summary>
    public static Task<IReadOnlyList<AuditRow>> ForAsync(IShopSql db, string documentType, Guid documentId, CancellationToken ct) =>
        db.QueryAsync<AuditRow>(
            """
            SELECT action AS Action, user_name AS UserName, detail AS Detail, at AS At FROM sales_audit
            WHERE shop_id = @shop AND document_type = @documentType AND document_id = @documentId ORDER BY id
            """,
            new { documentType, documentId = documentId.ToString() },
            ct);
}
