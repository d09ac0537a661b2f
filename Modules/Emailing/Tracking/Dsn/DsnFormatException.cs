namespace ModularCrm.Modules.Emailing.Tracking.Dsn;

/// <summary>A bounce that cannot be read as an RFC 3464 notification; the message says what is missing (French, for the 400 answer).</summary>
internal sealed class DsnFormatException(string message) : Exception(message);
