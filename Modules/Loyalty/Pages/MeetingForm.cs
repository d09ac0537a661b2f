using ModularCrm.Modules.Loyalty.Api;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The "new meeting" form as posted.</summary>
internal sealed record MeetingForm
{
    public string? HostContactId { get; init; }

    public string? Title { get; init; }

    public string? HeldOn { get; init; }

    public string? SharePercent { get; init; }

    public MeetingInput ToInput(InputErrors errors) =>
        new(FormNumbers.Integer(HostContactId, "hostContactId", errors), Title, HeldOn, FormNumbers.Decimal(SharePercent, "sharePercent", errors));
}
