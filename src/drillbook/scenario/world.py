"""Inventing a scenario's world with one Faker per scenario and a sub-seed per entity.

Each entity reseeds the scenario's Faker with a sub-seed derived from the scenario seed and
the entity's own id, so adding, removing or editing one entity leaves every other one as it
was. The class-level ``Faker.seed`` is never used: it is shared by every instance.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from faker import Faker

from drillbook.scenario.fictitious import FictitiousProvider, slug
from drillbook.scenario.models import (
    AttackerAsset,
    AttackerSpec,
    Cast,
    DataStore,
    DataStoreSpec,
    Host,
    HostKind,
    HostSpec,
    Network,
    Organisation,
    Person,
    PersonSpec,
    Service,
    ServiceSpec,
    World,
)

_EPOCH = dt.datetime(2031, 1, 6, 0, 0)
"""A Monday in the future: detection days are invented within the year that follows."""

_HOST_NAMES: dict[HostKind, tuple[str, tuple[str, ...]]] = {
    HostKind.WORKSTATION: ("ws", ("Windows 11 Enterprise", "Windows 10 Enterprise")),
    HostKind.LAPTOP: ("lt", ("Windows 11 Pro", "macOS Sonoma", "Windows 11 Enterprise")),
    HostKind.SERVER: ("app", ("Windows Server 2022", "Ubuntu Server 22", "RHEL 9")),
    HostKind.WEB_SERVER: ("web", ("Ubuntu Server 22", "Windows Server 2019 with IIS", "RHEL 9")),
    HostKind.DATABASE: ("db", ("RHEL 9 with PostgreSQL", "Windows Server 2022 with SQL Server")),
    HostKind.DOMAIN_CONTROLLER: ("dc", ("Windows Server 2022", "Windows Server 2019")),
    HostKind.FILE_SERVER: ("fs", ("Windows Server 2022", "Windows Server 2019")),
    HostKind.MAIL_SERVER: ("mx", ("Exchange Server 2019", "Postfix on Debian 12")),
    HostKind.HYPERVISOR: ("esx", ("VMware ESXi 8", "Proxmox VE 8")),
    HostKind.BACKUP: ("bak", ("Veeam Backup on Windows Server", "Bacula on Debian 12")),
}


def sub_seed(seed: int, *parts: str) -> int:
    """A seed for one entity, derived from the scenario seed and the entity's path."""
    key = "\x1f".join((str(seed), *parts)).encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")


def new_faker() -> Faker:
    """A fresh Faker for one scenario, with the fictitious provider added."""
    faker = Faker("en_US")
    faker.add_provider(FictitiousProvider)
    return faker


class WorldBuilder:
    """Invents the entities of one scenario from its cast and seed."""

    def __init__(self, faker: Faker, seed: int) -> None:
        self.faker = faker
        self.seed = seed

    def reseed(self, *parts: str) -> Faker:
        """The scenario's Faker, reseeded for the entity at ``parts``."""
        self.faker.seed_instance(sub_seed(self.seed, *parts))
        return self.faker

    def build(self, cast: Cast) -> World:
        """The whole world."""
        org = self.organisation(cast)
        prefix = self.reseed("network").private_prefix()
        return World(
            organisation=org,
            start=self.start(),
            people=[self.person(spec, org.domain) for spec in cast.people],
            hosts=[self.host(spec, org.domain, prefix) for spec in cast.hosts],
            services=[self.service(spec, org.domain) for spec in cast.services],
            data_stores=[self.data_store(spec) for spec in cast.data_stores],
            attacker=[self.attacker(spec, org.name) for spec in cast.attacker],
        )

    def organisation(self, cast: Cast) -> Organisation:
        """The organisation under attack."""
        f = self.reseed("organisation")
        spec = cast.organisation
        name = f.company()
        return Organisation(
            name=name,
            sector=f.random_element(spec.sectors),
            employees=f.random_int(min(spec.employees), max(spec.employees)),
            domain=f.organisation_domain(name),
            city=f.city(),
        )

    def start(self) -> str:
        """When the incident is detected: a working day, in office hours."""
        f = self.reseed("start")
        day = _EPOCH + dt.timedelta(weeks=f.random_int(0, 51), days=f.random_int(0, 4))
        moment = day.replace(hour=f.random_int(7, 17), minute=5 * f.random_int(0, 11))
        return moment.strftime("%Y-%m-%d %H:%M")

    def person(self, spec: PersonSpec, domain: str) -> Person:
        """A person with a mailbox at the organisation."""
        f = self.reseed("people", spec.id)
        first, last = f.first_name(), f.last_name()
        user = f"{slug(first, limit=20)}.{slug(last, limit=20)}"
        return Person(
            id=spec.id,
            name=f"{first} {last}",
            first_name=first,
            title=spec.title,
            email=f"{user}@{domain}",
            phone=f.phone_number(),
            username=f"{slug(first)[:1]}{slug(last, limit=20)}".replace("-", ""),
        )

    def host(self, spec: HostSpec, domain: str, prefix: str) -> Host:
        """A computer with an address in the right kind of range."""
        f = self.reseed("hosts", spec.id)
        stem, systems = _HOST_NAMES[spec.kind]
        name = f"{stem}-{f.random_int(1, 999):03d}"
        internal = spec.network is Network.PRIVATE
        return Host(
            id=spec.id,
            kind=spec.kind,
            name=name,
            fqdn=f"{name}.corp.{domain}" if internal else f"{name}.{domain}",
            ip=f.private_ipv4(prefix) if internal else f.documentation_ipv4(),
            os=f.random_element(systems),
        )

    def service(self, spec: ServiceSpec, domain: str) -> Service:
        """An application at a name under the organisation's domain."""
        fqdn = f"{spec.subdomain}.{domain}"
        return Service(id=spec.id, name=spec.name, fqdn=fqdn, url=f"https://{fqdn}/")

    def data_store(self, spec: DataStoreSpec) -> DataStore:
        """A data store with a record count in the template's range."""
        f = self.reseed("data", spec.id)
        return DataStore(
            id=spec.id,
            name=spec.name,
            sensitivity=spec.sensitivity,
            personal_data=spec.personal_data,
            records=f.random_int(min(spec.records), max(spec.records)),
            location=slug(spec.name).replace("-", "_") + f"_{f.random_int(1, 9)}",
        )

    def attacker(self, spec: AttackerSpec, organisation: str) -> AttackerAsset:
        """Attacker infrastructure: a documentation address and a look-alike domain."""
        f = self.reseed("attacker", spec.id)
        domain = f.lookalike_domain(organisation, spec.lure)
        return AttackerAsset(
            id=spec.id,
            ip=f.documentation_ipv4(),
            domain=domain,
            email=f"{f.random_element(('billing', 'it-support', 'no-reply', 'hr'))}@{domain}",
            url=f"https://{domain}/{f.lexify('????????').lower()}",
            sha256=f.sha256(),
        )
