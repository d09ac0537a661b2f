using System.Net;
using System.Net.Http.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class ReminderApiTests
{
    [Fact]
    public async Task Reminders_GiveTheStepReachedPerOverdueInvoice_AndASentStepIsNotDueAgain()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var late = (await sales.ValidatedAsync("2026-03-01", "NetDays", 30)).GetProperty("id").GetString()!;
        var veryLate = (await sales.ValidatedAsync("2026-03-01", "OnReceipt")).GetProperty("id").GetString()!;
        var paid = (await sales.ValidatedAsync("2026-03-01", "OnReceipt")).GetProperty("id").GetString()!;
        await sales.PayAsync(paid, 109.20m, date: "2026-03-02");

        var due = await sales.GetAsync("invoices/reminders?today=2026-04-10");
        await sales.PostOkAsync($"invoices/{veryLate}/reminders", new { step = 3, date = "2026-04-10" });
        var after = await sales.GetAsync("invoices/reminders?today=2026-04-10");
        var twice = await sales.PostAsync($"invoices/{veryLate}/reminders", new { step = 3 });
        var unknownStep = await sales.PostAsync($"invoices/{late}/reminders", new { step = 4 });

        var steps = due.EnumerateArray().ToDictionary(e => e.GetProperty("invoice").GetProperty("id").GetString()!, e => e.GetProperty("step").GetInt32());
        Assert.Equal(new Dictionary<string, int> { [veryLate] = 3, [late] = 1 }, steps);
        Assert.Equal(late, Assert.Single(after.EnumerateArray()).GetProperty("invoice").GetProperty("id").GetString());
        await SalesClient.ProblemAsync(twice, HttpStatusCode.Conflict, "reminder.already_sent");
        Assert.Equal(HttpStatusCode.BadRequest, unknownStep.StatusCode);
    }

    [Fact]
    public async Task Reminders_FollowTheShopsConfiguredSteps()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", new
        {
            legalName = "Poterie", address = "Toulouse", siret = "73282932000074", vatNumber = "FR44732829320", reminderSteps = new[] { 2, 40 },
        });
        await sales.ValidatedAsync("2026-03-01", "OnReceipt");

        var due = await sales.GetAsync("invoices/reminders?today=2026-03-05");

        var entry = Assert.Single(due.EnumerateArray());
        Assert.Equal(1, entry.GetProperty("step").GetInt32());
        Assert.Equal(2, entry.GetProperty("stepDaysAfterDue").GetInt32());
        Assert.Equal(4, entry.GetProperty("daysOverdue").GetInt32());
    }
}
