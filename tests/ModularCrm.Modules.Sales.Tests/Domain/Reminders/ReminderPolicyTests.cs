using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Reminders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly ReminderPolicy Policy = ReminderPolicy.Create([7, 15, 30]);
    private static readonly DateOnly Due = new(2026, 3, 1);

    private static ReminderCandidate Candidate(params int[] sent) => new(Guid.NewGuid(), Due, 100m, sent);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(14, 1)]
    [InlineData(15, 2)]
    [InlineData(45, 3)]
    public void DueOn_NothingSent_GivesTheLatestStepReached(int daysAfterDue, int expectedStep)
    {
        var due = Policy.DueOn(Due.AddDays(daysAfterDue), [Candidate()]);
        Assert.Equal(expectedStep, due.SingleOrDefault()?.StepNo ?? 0);
    }

    [Fact]
    public void DueOn_StepAlreadySent_IsNotSentAgain()
    {
        Assert.Empty(Policy.DueOn(Due.AddDays(10), [Candidate(1)]));
        Assert.Equal(2, Policy.DueOn(Due.AddDays(15), [Candidate(1)]).Single().StepNo);
    }

    [Fact]
    public void DueOn_LaterStepAlreadySent_NeverGoesBack()
        => Assert.Empty(Policy.DueOn(Due.AddDays(20), [Candidate(3)]));

    [Fact]
    public void DueOn_MissedDays_SendsOnlyTheLatestStep()
    {
        var due = Policy.DueOn(Due.AddDays(31), [Candidate()]).Single();
        Assert.Equal(new ReminderDue(due.InvoiceId, 3, 30, 31), due);
    }

    [Fact]
    public void DueOn_NothingDue_IsNotReminded()
        => Assert.Empty(Policy.DueOn(Due.AddDays(40), [new ReminderCandidate(Guid.NewGuid(), Due, 0m, [])]));

    [Fact]
    public void DueOn_SeveralInvoices_GivesOneReminderEachWhenDue()
    {
        var late = Candidate();
        var recent = new ReminderCandidate(Guid.NewGuid(), Due.AddDays(20), 50m, []);
        var result = Policy.DueOn(Due.AddDays(16), [late, recent]);
        Assert.Equal(late.InvoiceId, Assert.Single(result).InvoiceId);
    }

    [Fact]
    public void From_ValidatedInvoice_UsesItsDueDateAndAmountDue_AndDraftIsNoCandidate()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));
        var candidate = ReminderCandidate.From(invoice, [])!;
        Assert.Equal((invoice.DueDate!.Value, 120m), (candidate.DueDate, candidate.AmountDue));
        Assert.Null(ReminderCandidate.From(Invoice.CreateDirect(Shop, Customer, [Line(1m, 1m)]), []));
    }

    [Theory]
    [InlineData(new int[0], "steps")]
    [InlineData(new[] { 7, 7 }, "steps[2]")]
    [InlineData(new[] { 15, 7 }, "steps[2]")]
    [InlineData(new[] { 0 }, "steps[1]")]
    [InlineData(new[] { 400 }, "steps[1]")]
    public void Create_BadSteps_AreRefusedNamingTheStep(int[] steps, string field)
    {
        var error = Assert.Throws<SalesDomainException>(() => ReminderPolicy.Create(steps));
        Assert.Equal(SalesErrorCodes.ReminderStepsInvalid, error.Code);
        Assert.Equal(field, error.Error.Field);
    }
}
