using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.TemplateNeighbour;

/// <summary>Only ships <c>Templates/secret.txt.sbn</c>: the template another module tries to reach.</summary>
public sealed class TemplateNeighbourStartup : ModuleStartup
{
}
