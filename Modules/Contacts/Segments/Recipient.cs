namespace ModularCrm.Modules.Contacts.Segments;

/// <summary>
/// A lawful recipient: a contact of the segment who granted the channel and has the address for it. This is the
/// contract other modules (mailing, SMS) use: <c>GET /segments/{id}/recipients?channel=email</c>.
/// </summary>
public sealed record Recipient(long ContactId, string DisplayName, string Address);
