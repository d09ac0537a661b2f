namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A campaign that cannot be sent as it is; <see cref="Field"/> names what to fix (answered as a 400).</summary>
internal sealed class CampaignException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
