using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Reminders;

/// <summary>
/// The reminder (relance) steps of a shop, in days after the due date, e.g. +7, +15, +30. Steps are numbered from 1
/// in increasing delay. For each overdue invoice the step due today is the latest step reached; it is sent only if
/// no step at or beyond it was sent yet, so a step is never sent twice and, when the job missed some days, the
/// customer gets the latest reminder only instead of a burst of all the missed ones.
/// </summary>
public sealed class ReminderPolicy
{
    private ReminderPolicy(IReadOnlyList<int> steps) => StepDays = steps;

    /// <summary>Delays in days after the due date, strictly increasing; index + 1 is the step number.</summary>
    public IReadOnlyList<int> StepDays { get; }

    /// <summary>Validates the steps: at least one, each 1 to 365 days, strictly increasing.</summary>
    public static ReminderPolicy Create(IEnumerable<int> stepDays)
    {
        var steps = stepDays.ToList();
        if (steps.Count == 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.ReminderStepsInvalid, "steps", "Indiquez au moins une étape de relance (par exemple 7, 15 et 30 jours après l'échéance).");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] < 1 || steps[i] > 365)
            {
                throw SalesDomainException.Of(SalesErrorCodes.ReminderStepsInvalid, $"steps[{i + 1}]", $"Étape de relance {i + 1} : {steps[i]} jours après l'échéance, il faut entre 1 et 365 jours.");
            }

            if (i > 0 && steps[i] <= steps[i - 1])
            {
                throw SalesDomainException.Of(SalesErrorCodes.ReminderStepsInvalid, $"steps[{i + 1}]", $"Étape de relance {i + 1} : {steps[i]} jours doit venir après l'étape précédente ({steps[i - 1]} jours).");
            }
        }

        return new ReminderPolicy(steps.AsReadOnly());
    }

    /// <summary>The reminders to send on <paramref name="today"/>, at most one per invoice.</summary>
    public IReadOnlyList<ReminderDue> DueOn(DateOnly today, IEnumerable<ReminderCandidate> invoices)
    {
        var result = new List<ReminderDue>();
        foreach (var invoice in invoices)
        {
            var daysOverdue = today.DayNumber - invoice.DueDate.DayNumber;
            if (invoice.AmountDue <= 0m || daysOverdue <= 0)
            {
                continue;
            }

            var step = 0;
            while (step < StepDays.Count && StepDays[step] <= daysOverdue)
            {
                step++;
            }

            var alreadySent = invoice.SentSteps.Count == 0 ? 0 : invoice.SentSteps.Max();
            if (step > alreadySent)
            {
                result.Add(new ReminderDue(invoice.InvoiceId, step, StepDays[step - 1], daysOverdue));
            }
        }

        return result;
    }
}
