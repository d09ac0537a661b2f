namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>A campaign that cannot be sent, for a reason tied to <see cref="Field"/>.</summary>
internal sealed class CampaignException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
