namespace ModularCrm.Modules.Sms.Callbacks;

/// <summary>
/// What a gateway posts back. A delivery report: <c>{ "type": "report", "reference" (ours) or "id" (theirs), "status":
/// "delivered" | "failed", "reason" }</c>. An inbound reply: <c>{ "type": "inbound", "from": "+336…", "text": "STOP" }</c>.
/// </summary>
public sealed record CallbackInput(string? Type, string? Reference, string? Id, string? Status, string? Reason, string? From, string? Text);
