using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>How <see cref="DocumentWrites.ChangeAsync{T}"/> reaches one kind of stored document.</summary>
/// <param name="DocumentType">Its type in links and audit (quote, order...).</param>
/// <param name="What">Its French name for a 404 (Devis, Commande...).</param>
/// <param name="LoadLocked">Reads it locked for the transaction.</param>
/// <param name="Save">Writes it back (the lines too when the change replaced them).</param>
/// <param name="Number">Its number for the audit row.</param>
/// <param name="View">What the API answers.</param>
internal sealed record DocumentAccess<T>(
    string DocumentType, string What, Func<IShopTransaction, Guid, CancellationToken, Task<T?>> LoadLocked, Func<IShopTransaction, T, DateTimeOffset, Task> Save,
    Func<T, string?> Number, Func<T, object> View);
