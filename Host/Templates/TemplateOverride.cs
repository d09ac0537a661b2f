namespace ModularCrm.Host.Templates;

/// <summary>A shop's stored version of a template.</summary>
internal sealed class TemplateOverride
{
    public string TemplateName { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; init; }

    public long? UpdatedBy { get; init; }
}
