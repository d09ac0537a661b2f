using System.Text;

namespace ModularCrm.Modules.Emailing.Tests.Infrastructure;

/// <summary>A decoded leaf part of a message.</summary>
internal sealed record EmlPart(string ContentType, string Disposition, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
