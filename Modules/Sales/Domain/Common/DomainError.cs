namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>A refusal by the sales domain: a stable code for programs, the field or position at fault, a French message for staff.</summary>
/// <param name="Code">Stable, dotted code (see <see cref="SalesErrorCodes"/>); the API maps it, never the message.</param>
/// <param name="Field">The field or position at fault (e.g. <c>lines[2].quantity</c>), or null when the whole document is concerned.</param>
/// <param name="Message">French message shown to shop staff.</param>
public sealed record DomainError(string Code, string? Field, string Message);
