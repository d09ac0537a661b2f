using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.Payments;

/// <summary>A payment received against one invoice. Build with <see cref="Create"/>, which checks amount and method.</summary>
public sealed record Payment
{
    private Payment(Guid id, DateOnly date, decimal amount, PaymentMethod method, string? reference)
    {
        Id = id;
        Date = date;
        Amount = amount;
        Method = method;
        Reference = reference;
    }

    /// <summary>The payment's id.</summary>
    public Guid Id { get; }

    /// <summary>Date received.</summary>
    public DateOnly Date { get; }

    /// <summary>Amount in euros, more than 0, in cents.</summary>
    public decimal Amount { get; }

    /// <summary>Card, cash, cheque or transfer.</summary>
    public PaymentMethod Method { get; }

    /// <summary>Cheque number, transfer reference... (optional).</summary>
    public string? Reference { get; }

    /// <summary>Creates a payment; pass <paramref name="id"/> when restoring a stored one.</summary>
    public static Payment Create(DateOnly date, decimal amount, PaymentMethod method, string? reference = null, Guid? id = null)
    {
        if (amount <= 0m || !MoneyRounding.HasAtMostDecimals(amount, 2))
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentAmountInvalid, "amount", $"Le montant du paiement {amount} € doit être supérieur à 0, au centime près.");
        }

        if (!Enum.IsDefined(method))
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentMethodInvalid, "method", $"Moyen de paiement inconnu ({(int)method}) : carte, espèces, chèque ou virement.");
        }

        return new Payment(id ?? Guid.NewGuid(), date, amount, method, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim());
    }
}
