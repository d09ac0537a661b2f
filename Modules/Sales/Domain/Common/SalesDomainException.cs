namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>
/// Thrown when the domain refuses an operation. Every refusal is checked before any state changes,
/// so the object on which the operation was called is left exactly as it was.
/// </summary>
public sealed class SalesDomainException : Exception
{
    /// <summary>Creates the exception from one error.</summary>
    public SalesDomainException(DomainError error)
        : this([error])
    {
    }

    /// <summary>Creates the exception from several errors found together (e.g. validating legal mentions).</summary>
    public SalesDomainException(IReadOnlyList<DomainError> errors)
        : base(errors.Count > 0 ? string.Join(" ", errors.Select(e => e.Message)) : throw new ArgumentException("At least one error.", nameof(errors)))
    {
        Errors = errors;
    }

    /// <summary>The first (usually the only) error.</summary>
    public DomainError Error => Errors[0];

    /// <summary>The stable code of the first error.</summary>
    public string Code => Errors[0].Code;

    /// <summary>All errors, in the order found.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    internal static SalesDomainException Of(string code, string? field, string message) => new(new DomainError(code, field, message));
}
