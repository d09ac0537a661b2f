using ModularCrm.Sdk;

namespace ModularCrm.Modules.Emailing;

/// <summary>The e-mailing module: outbox and transports, campaigns, unsubscribe, tracking, transactional mail.</summary>
public sealed class EmailingStartup : ModuleStartup
{
}
