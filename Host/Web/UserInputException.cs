namespace ModularCrm.Host.Web;

/// <summary>
/// A request the user can fix: answered as a 400 problem naming the field and the reason, never as a 500.
/// </summary>
internal sealed class UserInputException(string field, string reason, int statusCode = StatusCodes.Status400BadRequest)
    : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;

    public int StatusCode { get; } = statusCode;
}
