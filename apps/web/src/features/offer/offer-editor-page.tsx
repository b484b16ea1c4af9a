import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDeviceFloppy, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { can } from '../../app/session/role';
import { useSignedIn } from '../../app/session/session-context';
import { type OfferFieldsFragment } from '../../graphql/generated/graphql';
import { errorCode, fieldErrors } from '../../graphql/gateway-error';
import { humanise } from '../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { ConflictAlert } from './conflict-alert';
import { statusColor } from './offer-labels';
import { OfferForm } from './offer-form';
import { createInputOf, formValuesOf, NEW_OFFER, patchOf, type OfferFormValues } from './offer-form-values';
import { CreateOfferMutation, OfferEditorQuery, PublishOfferMutation, RetireOfferMutation, UpdateOfferMutation } from './offer.queries';
import { RevisionHistory } from './revision-history';

export default function OfferEditorPage() {
  const { offerId } = useParams();
  const isNew = !offerId;
  const [{ data, fetching, error }, refetch] = useQuery({ query: OfferEditorQuery, variables: { id: offerId ?? '' }, pause: isNew, requestPolicy: 'cache-and-network' });
  if (isNew) return <OfferEditor offer={null} revisions={[]} onReload={() => undefined} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return fetching ? <LoadingState label="Loading offer…" /> : null;
  if (!data.offer) return <EmptyState title="Offer not found">It may have been removed. <Anchor component={Link} to="/offers">Back to the catalog</Anchor></EmptyState>;
  return (
    <OfferEditor
      // Remounting on a new version resets the form to what the server now holds.
      key={`${data.offer.id}@${data.offer.version}`}
      offer={data.offer}
      revisions={data.offer.revisions.nodes}
      onReload={() => refetch({ requestPolicy: 'network-only' })}
    />
  );
}

function OfferEditor({ offer, revisions, onReload }: { offer: OfferFieldsFragment | null; revisions: Parameters<typeof RevisionHistory>[0]['revisions']; onReload: () => void }) {
  const { role } = useSignedIn();
  const navigate = useNavigate();
  const editable = can.editOffers(role);
  const [original] = useState<OfferFormValues>(() => (offer ? formValuesOf(offer) : NEW_OFFER));
  const [values, setValues] = useState<OfferFormValues>(original);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<CombinedError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [, createOffer] = useMutation(CreateOfferMutation);
  const [, updateOffer] = useMutation(UpdateOfferMutation);
  const [, publishOffer] = useMutation(PublishOfferMutation);
  const [, retireOffer] = useMutation(RetireOfferMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const patch = offer ? patchOf(original, values) : null;
  const dirty = !offer || Object.keys(patch ?? {}).length > 0;

  const handle = (result: { error?: CombinedError }, success: string): boolean => {
    if (!result.error) {
      notifications.show({ color: 'teal', title: success, message: values.name });
      return true;
    }
    const code = errorCode(result.error);
    if (code === 'CONFLICT') setConflict(true);
    else if (code === 'BAD_USER_INPUT' && Object.keys(fieldErrors(result.error)).length > 0) setErrors(fieldErrors(result.error));
    else setFailure(result.error);
    return false;
  };
  const run = async (label: string, action: () => Promise<boolean>) => {
    setBusy(label);
    setErrors({});
    setFailure(null);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };

  const save = () =>
    run('save', async () => {
      if (!offer) {
        const result = await createOffer({ input: createInputOf(values) });
        if (handle(result, 'Offer created') && result.data) navigate(`/offers/${result.data.createOffer.id}`, { replace: true });
        return !result.error;
      }
      const result = await updateOffer({ id: offer.id, expectedVersion: offer.version, patch: patch ?? {} });
      if (handle(result, 'Changes saved')) onReload();
      return !result.error;
    });
  const transition = (kind: 'publish' | 'retire') =>
    run(kind, async () => {
      if (!offer) return false;
      const mutate = kind === 'publish' ? publishOffer : retireOffer;
      const result = await mutate({ id: offer.id, expectedVersion: offer.version });
      if (handle(result, kind === 'publish' ? 'Offer published' : 'Offer retired')) onReload();
      return !result.error;
    });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/offers" size="sm">
          Offer catalog
        </Anchor>
        <Text size="sm">{offer ? offer.code : 'New offer'}</Text>
      </Breadcrumbs>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={2}>{offer ? offer.name : 'New offer'}</Title>
          {offer && (
            <Badge color={statusColor(offer.status)} size="lg" variant="light" data-testid="offer-status">
              {humanise(offer.status)} · v{offer.version}
            </Badge>
          )}
        </Group>
        {editable && (
          <Group gap="xs">
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={busy === 'save'} disabled={!dirty || busy !== null}>
              {offer ? 'Save changes' : 'Create draft'}
            </Button>
            {offer && offer.status === 'DRAFT' && (
              <Button color="teal" leftSection={<IconRocket size={16} />} onClick={() => void transition('publish')} loading={busy === 'publish'} disabled={dirty || busy !== null}>
                Publish
              </Button>
            )}
            {offer && offer.status === 'ACTIVE' && (
              <Button color="red" variant="light" leftSection={<IconArchive size={16} />} onClick={() => void transition('retire')} loading={busy === 'retire'} disabled={busy !== null}>
                Retire
              </Button>
            )}
          </Group>
        )}
      </Group>
      {!editable && (
        <Alert color="gray" variant="light">
          You can read the catalog; only offer managers and admins change it.
        </Alert>
      )}
      {conflict && offer && <ConflictAlert myVersion={offer.version} onReload={onReload} onDismiss={() => setConflict(false)} />}
      {failure && <ErrorState error={failure} title="The offer was not saved" />}
      {Object.keys(errors).length > 0 && (
        <Alert color="red" variant="light" role="alert" title="Please correct the highlighted fields">
          <Text size="sm">{Object.entries(errors).map(([field, message]) => `${field}: ${message}`).join(' · ')}</Text>
        </Alert>
      )}
      {offer && dirty && editable && offer.status !== 'DRAFT' && (
        <Text size="xs" c="dimmed">
          Save your changes before publishing or retiring.
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: offer ? 8 : 12 }}>
          <OfferForm values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} errors={errors} readOnly={!editable} isNew={!offer} ruleKey={offer ? `${offer.id}@${offer.version}` : 'new'} />
        </Grid.Col>
        {offer && (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <RevisionHistory revisions={revisions} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
